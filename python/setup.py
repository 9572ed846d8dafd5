"""Installs the precis package: `python3 -m pip install ./python`.

Pure Python over libprecis through CFFI's ABI mode: nothing is compiled
here.  Build the library first (`make python` in the repository, which also
records its path in precis/_libpath.py, or `make install`).  setuptools and
cffi come from Debian (python3-setuptools, python3-cffi): no network."""
import os
import shutil

from setuptools import setup

# pip builds in this folder: a build/ left by an earlier install could still
# hold a precis/_libpath.py that `make python` has since removed or changed.
shutil.rmtree(os.path.join(os.path.dirname(os.path.abspath(__file__)), "build"),
              ignore_errors=True)

setup(
    name="precis",
    version="0.1.0",
    description="Multi-document news summarization with source tracing "
                "(binding over libprecis)",
    license="see the repository",
    packages=["precis"],
    python_requires=">=3.9",
    install_requires=["cffi>=1.12"],
    extras_require={"dask": ["dask[bag,dataframe]", "distributed"]},
)
