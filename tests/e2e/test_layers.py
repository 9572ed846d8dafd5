"""tools/layers.py finds what it must refuse: on small made-up trees, an
include that points up, a cycle between folders, a folder missing from the
layer order and a front end reaching into src/; and it passes a tree that
only points down."""
import os
import subprocess
import sys
import tempfile

from util import SRC, check, done

SCRIPT = os.path.join(SRC, "tools", "layers.py")


def tree(files):
    """Runs the script on a src/ made of {path: text} (paths "../server/..."
    beside it); (status, output)."""
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "src")
        for path, text in files.items():
            full = os.path.normpath(os.path.join(src, path))
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w") as f:
                f.write(text)
        p = subprocess.run([sys.executable, SCRIPT, "--src", src], capture_output=True,
                           text=True)
        return p.returncode, p.stdout + p.stderr


DOWN = {
    "util/buf.h": "#include \"precis.h\"\n",
    "text/clean.c": "#include \"util/buf.h\"\n#include \"text/clean.h\"\n",
    "text/clean.h": "",
    "model/cluster.c": "#include \"text/clean.h\"\n",
    "cli/main.c": "#include \"precis.h\"\n#include \"cli.h\"\n",
    "cli/cli.h": "#include \"precis.h\"\n",
}
rc, out = tree(DOWN)
check(rc == 0, "a tree that points down passes: %s" % out[-400:])
check("model    -> text" in out, "the graph is printed: %s" % out[:400])

rc, out = tree(dict(DOWN, **{"text/dates.c": "#include \"model/cluster.h\"\n",
                             "model/cluster.h": ""}))
check(rc == 1 and "upward include: text -> model" in out, "an upward include fails: %s" % out)
check("cycle: " in out, "the cycle text -> model -> text is named: %s" % out)

rc, out = tree(dict(DOWN, **{"cli/cmd.c": "#include \"util/buf.h\"\n"}))
check(rc == 1 and "front end cli includes util/buf.h" in out,
      "a front end including src/ fails: %s" % out)

rc, out = tree(dict(DOWN, **{"newstage/x.c": "#include \"util/buf.h\"\n"}))
check(rc == 1 and "src/newstage/: not in the layer order" in out,
      "a folder missing from the order fails: %s" % out)

rc, out = tree({"core.c": "#include \"stories/stories.h\"\n", "stories/stories.h": ""})
check(rc == 1 and "upward include: core -> stories" in out,
      "a file directly in src/ is the core layer: %s" % out)
SERVER = dict(DOWN, **{"../server/serve.h": "#include \"precis.h\"\n",
                       "cli/serve_cmd.c": "#include \"serve.h\"\n"})
rc, out = tree(SERVER)
check(rc == 0 and "cli      -> server" in out, "the CLI may embed the server beside src/: %s" % out)
rc, out = tree(dict(SERVER, **{"../server/store.c": "#include \"util/buf.h\"\n"}))
check(rc == 1 and "front end server includes util/buf.h" in out,
      "the server beside src/ is held to the public header: %s" % out)
done()
