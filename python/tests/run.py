"""CTest's runner of one pytest file of python/tests:

    /usr/bin/python3 run.py TEST_FILE PRECIS_BINARY LIBPRECIS_SO SOURCE_DIR DATA_DIR

Points the package at the build's library and program (PRECIS_LIBRARY,
PRECIS_BIN), then runs pytest on the file.  Exit 77 (CTest's skip) when
every test of the file was skipped, or when a module it needs (cffi, pytest;
dask for test_dask.py) is missing, with the reason; pytest's status
otherwise.  In a sanitizer build (PRECIS_SANITIZED=1: ASan + UBSan;
PRECIS_SANITIZED=thread: ThreadSanitizer) the library needs the sanitizer's
runtime loaded first: the run is started again with it preloaded."""
import os
import subprocess
import sys


def skip(msg):
    print(f"skipped: {msg}")
    sys.exit(77)


def main():
    test, binary, library, source, data = sys.argv[1:6]
    here = os.path.dirname(os.path.abspath(__file__))
    need = ["cffi", "pytest"] + (["dask", "distributed", "pandas"]
                                 if os.path.basename(test) == "test_dask.py" else [])
    for mod in need:
        try:
            __import__(mod)
        except ImportError:
            skip(f"{sys.executable} has no module {mod} (apt-get install python3-{mod}; "
                 "make deps installs them)")
    env = os.environ
    env["PRECIS_LIBRARY"] = library
    env["PRECIS_BIN"] = binary
    env["PRECIS_SOURCE_DIR"] = source
    env["PRECIS_DATA_DIR"] = data
    env["PYTHONPATH"] = os.pathsep.join(
        [os.path.join(source, "python")] + [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p])
    if env.get("PRECIS_SANITIZED") and "PRECIS_RUNTIME_PRELOADED" not in env:
        # The library is built with ASan + UBSan, or with TSan: the runtime
        # must come first in the process.  Python's own allocations are not
        # checked for leaks (they are not the library's); a race report makes
        # the process exit 66 however pytest ended.
        tsan = env["PRECIS_SANITIZED"] == "thread"
        lib = "libtsan.so" if tsan else "libasan.so"
        rt = subprocess.run(["cc", "-print-file-name=" + lib], capture_output=True,
                            text=True).stdout.strip()
        if not os.path.isabs(rt):
            skip(f"sanitizer build, and its runtime ({lib}) was not found")
        env["LD_PRELOAD"] = rt
        if tsan:
            env["TSAN_OPTIONS"] = "exitcode=66"
        else:
            env["ASAN_OPTIONS"] = "detect_leaks=0:exitcode=99"
        env["PRECIS_RUNTIME_PRELOADED"] = "1"
        os.execve(sys.executable, [sys.executable] + sys.argv, env)
    sys.path.insert(0, os.path.join(source, "python"))
    import pytest

    class Count:
        passed = skipped = failed = 0
        reasons = []

        def pytest_runtest_logreport(self, report):
            if report.when == "call" and report.passed:
                self.passed += 1
            elif report.failed:
                self.failed += 1
            elif report.skipped:
                self.skipped += 1
                self.reasons.append(str(report.longrepr[-1]) if isinstance(report.longrepr, tuple)
                                    else str(report.longrepr))

        def pytest_collectreport(self, report):  # a module skipped as a whole
            if report.skipped:
                self.skipped += 1
                self.reasons.append(str(report.longrepr[-1]) if isinstance(report.longrepr, tuple)
                                    else str(report.longrepr))

    count = Count()
    # a sanitizer writes its report to file descriptor 2: pytest's default
    # capture of it would keep the report of a passing test from the log
    capture = ["--capture=sys"] if env.get("PRECIS_SANITIZED") else []
    rc = pytest.main([test, "-q", "-rs", "-p", "no:cacheprovider", "--rootdir", here,
                      "-W", "error::pytest.PytestUnraisableExceptionWarning"] + capture,
                     plugins=[count])
    if rc in (0, 5) and count.passed == 0 and count.failed == 0 and count.skipped:
        skip("; ".join(sorted(set(count.reasons))))
    sys.exit(int(rc))


if __name__ == "__main__":
    main()
