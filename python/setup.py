"""Installs the precis package: `python3 -m pip install ./python`.

Pure Python over libprecis through CFFI's ABI mode: nothing is compiled
here.  Build the library first (`make python` in the repository, which also
records its path in precis/_libpath.py, or `make install`).  setuptools and
cffi come from Debian (python3-setuptools, python3-cffi): no network."""
from setuptools import setup

setup(
    name="precis",
    version="0.1.0",
    description="Multi-document news summarization with source tracing "
                "(binding over libprecis)",
    long_description=open("README.md", encoding="utf-8").read()
    if __import__("os").path.exists("README.md") else "",
    long_description_content_type="text/markdown",
    license="see the repository",
    packages=["precis"],
    python_requires=">=3.9",
    install_requires=["cffi>=1.12"],
    extras_require={"dask": ["dask[bag,dataframe]", "distributed"]},
)
