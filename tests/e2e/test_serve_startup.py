"""precis serve: every start-up that cannot go on says why in one line naming
what failed (the file, the address and the system's reason), exits non-zero
(2 for options, 1 for what the system refused) without printing the
"listening" line, and leaves what it opened as it was: no access log made
before the options were found good, the store's -wal and -shm files gone
after a start that failed once the store was open.  Under check-asan a leak
on any of these paths fails the run (util.run)."""
import os
import socket
import sqlite3
import tempfile

from util import check, done, run
from serve_util import metrics, skip_without_server, Server

skip_without_server()

tmp = tempfile.mkdtemp(prefix="precis-startup-")


def start(*args):
    """Runs a start-up that must fail: (exit status, stderr)."""
    rc, out, err = run(["serve", "--listen", "127.0.0.1:0"] + list(args), timeout=60)
    check("listening" not in out, "no 'listening' line for %r: %r" % (args, out))
    check(err.count("\n") == 1 and err.startswith("precis serve: "),
          "one line of error for %r: %r" % (args, err))
    return rc, err


def leftovers(db):
    return [p for p in (db + "-wal", db + "-shm", db + "-journal") if os.path.exists(p)]


# the store
rc, err = start("--db", os.path.join(tmp, "no-such-dir", "store.db"))
check(rc == 1 and "no-such-dir/store.db" in err and "No such file or directory" in err,
      "a store in a missing directory: %s %r" % (rc, err))
check(not os.path.exists(os.path.join(tmp, "no-such-dir")), "the directory is not made")
rc, err = start("--db", tmp)
check(rc == 1 and tmp in err and "Is a directory" in err, "a directory as the store: %s %r"
      % (rc, err))
notdb = os.path.join(tmp, "notes.txt")
with open(notdb, "wb") as f:
    f.write(b"these are not the pages of a database\n" * 200)
rc, err = start("--db", notdb)
check(rc == 1 and "notes.txt" in err and "not a database" in err,
      "a file that is not a database: %s %r" % (rc, err))
with open(notdb, "rb") as f:
    check(f.read() == b"these are not the pages of a database\n" * 200, "the file is unchanged")
check(not leftovers(notdb), "nothing left beside it: %r" % leftovers(notdb))


def file_bytes(path):
    with open(path, "rb") as f:
        return f.read()


def make_db(path, *sql):
    con = sqlite3.connect(path)
    for q in sql:
        con.execute(q)
    con.commit()
    con.close()


# another program's database is refused before anything is written to it
# (before session 28 it was switched to WAL and given precis's tables, and
# then failed): its bytes unchanged, nothing left beside it
foreign = [("notes.db", ["CREATE TABLE notes (x)", "INSERT INTO notes VALUES ('keep me')"],
            "a table 'notes'"),
           ("marked.db", ["PRAGMA application_id = 1179603796", "CREATE TABLE t (x)"],
            "application_id is 0x464f5354"),
           ("wal.db", ["PRAGMA journal_mode = WAL", "CREATE TABLE articles (a, b)",
                       "INSERT INTO articles VALUES (1, 2)"], "table 'articles' has the columns"),
           ("ours-but.db", ["CREATE TABLE outlets (story INTEGER NOT NULL, outlet TEXT NOT NULL,"
                            " PRIMARY KEY (story, outlet)) WITHOUT ROWID"], "no table 'articles'")]
for name, sql, why in foreign:
    path = os.path.join(tmp, name)
    make_db(path, *sql)
    before = file_bytes(path)
    rc, err = start("--db", path)
    check(rc == 1 and name in err and "not a precis store" in err and why in err,
          "another program's database %s: %s %r" % (name, rc, err))
    check(file_bytes(path) == before, "%s: its bytes unchanged" % name)
    check(not leftovers(path), "%s: nothing left beside it: %r" % (name, leftovers(path)))

# a store of precis's: marked at its first start; one of an earlier precis
# (no mark, and neither the 'merged' nor the 'probe' table of later
# sessions) opens with its articles and is marked; one of a newer precis
# (a higher format) is refused untouched
srv = Server(args=["--quiet"])
st, r = srv.json("POST", "/v1/articles", {"id": "a1", "text": "Crews finished repairs to the "
                                          "Halden rail bridge on Thursday. Trains run again "
                                          "from Monday.", "date": "2031-05-08"})
check(st == 201, "an article stored: %s %r" % (st, r))
st, made = srv.json("GET", "/v1/stories/1")
check(st == 200 and made.get("digest"), "its story's digest: %s %r" % (st, made))
check(srv.stop()[0] == 0, "clean stop")
con = sqlite3.connect(srv.db)
check(con.execute("PRAGMA application_id").fetchone()[0] == 0x50524353
      and con.execute("PRAGMA user_version").fetchone()[0] == 2, "a new store is marked")
# format 1 (before session 29) kept the digest in the story's row: it is
# moved to the table of digests at the start, and answered from there
con.execute("UPDATE stories SET (digest_version, digest_json, digest_html) ="
            " (SELECT version, json, html FROM digests WHERE story = stories.id)")
con.execute("DROP TABLE digests")
# and the lists' indexes of before (not covering): replaced at the start
con.execute("DROP INDEX stories_newest")
con.execute("DROP INDEX stories_by_size")
con.execute("CREATE INDEX stories_updated ON stories(updated)")
con.execute("CREATE INDEX stories_largest ON stories(articles, updated)")
con.execute("PRAGMA user_version = 1")
con.commit()
con.close()
srv.start()
cached = 'precis_digests_total{kind="bounded",source="cached"}'
st, again = srv.json("GET", "/v1/stories/1")
check(st == 200 and again.get("digest") == made.get("digest")
      and metrics(srv).get(cached) == 1,
      "a store of format 1: its digest answered as stored: %s %r" % (st, metrics(srv)))
check(srv.stop()[0] == 0, "clean stop")
con = sqlite3.connect(srv.db)
check(con.execute("PRAGMA user_version").fetchone()[0] == 2
      and con.execute("SELECT count(*) FROM digests").fetchone()[0] == 1
      and con.execute("SELECT count(*) FROM stories WHERE digest_json IS NOT NULL"
                      " OR digest_html IS NOT NULL").fetchone()[0] == 0,
      "and its digest moved to the table of digests, format 2")


def list_indexes(con):
    return sorted(r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'index'"
                                            " AND tbl_name = 'stories'"))


def plan(con, order):
    return " ".join(r[3] for r in con.execute(
        "EXPLAIN QUERY PLAN SELECT id, headline, articles, first_date, last_date, updated"
        " FROM stories WHERE updated >= 0 ORDER BY %s LIMIT 50" % order))


check(list_indexes(con) == ["stories_by_size", "stories_newest"]
      and "COVERING INDEX stories_newest" in plan(con, "updated DESC, id DESC")
      and "COVERING INDEX stories_by_size" in plan(con, "articles DESC, updated DESC, id DESC")
      and "TEMP B-TREE" not in plan(con, "articles DESC, updated DESC, id DESC"),
      "the lists' former indexes replaced by covering ones, read in order: %r %r"
      % (list_indexes(con), plan(con, "updated DESC, id DESC")))
con.execute("DROP INDEX stories_newest")  # an earlier precis's index, below
con.execute("CREATE INDEX stories_updated ON stories(updated)")
con.execute("PRAGMA application_id = 0")
con.execute("PRAGMA user_version = 0")
con.execute("DROP TABLE merged")
con.execute("DROP TABLE probe")
con.commit()
con.close()
srv.start()
st, r = srv.json("GET", "/v1/articles/a1")
check(st == 200 and r.get("story") == 1, "a store of an earlier precis opens, its article kept: "
      "%s %r" % (st, r))
check(srv.stop()[0] == 0, "clean stop")
con = sqlite3.connect(srv.db)
check(con.execute("PRAGMA application_id").fetchone()[0] == 0x50524353
      and con.execute("SELECT count(*) FROM sqlite_master WHERE name = 'probe'").fetchone()[0],
      "and is marked, with the tables of today")
check(list_indexes(con) == ["stories_by_size", "stories_newest"], "and its indexes: %r"
      % list_indexes(con))
con.execute("PRAGMA user_version = 3")
con.commit()
con.close()
before = file_bytes(srv.db)
rc, err = start("--db", srv.db)
check(rc == 1 and "newer precis" in err and "format 3" in err,
      "a store of a newer precis: %s %r" % (rc, err))
check(file_bytes(srv.db) == before and not leftovers(srv.db), "left untouched")

# a precis store whose stream cannot be read (a table replaced by hand):
# opened, then refused (the path where the locks exist already)
con = sqlite3.connect(srv.db)
con.execute("PRAGMA user_version = 2")
con.execute("DROP TABLE snapshot")
con.execute("CREATE TABLE snapshot (x)")
con.commit()
con.close()
rc, err = start("--db", srv.db)
check(rc == 1 and os.path.basename(srv.db) in err and "snapshot" in err,
      "a store whose stream cannot be read: %s %r" % (rc, err))
check(not leftovers(srv.db), "the store closed after the failed start: %r" % leftovers(srv.db))

# the address: a port in use, after the store was opened and its articles
# replayed (every piece made so far undone)
srv = Server(args=["--quiet"])
st, r = srv.json("POST", "/v1/articles", {"id": "a1", "text": "Crews finished repairs to the "
                                          "Halden rail bridge on Thursday. Trains run again "
                                          "from Monday.", "date": "2031-05-08"})
check(st == 201, "an article stored: %s %r" % (st, r))
code, _ = srv.stop()
check(code == 0, "clean stop")
blocker = socket.socket()
blocker.bind(("127.0.0.1", 0))
blocker.listen(1)
port = blocker.getsockname()[1]
rc, out, err = run(["serve", "--quiet", "--listen", "127.0.0.1:%d" % port, "--db", srv.db],
                   timeout=60)
blocker.close()
check(rc == 1 and "listening" not in out and "127.0.0.1:%d" % port in err
      and "Address already in use" in err,
      "a port in use is named with the system's reason, even with --quiet: %s %r" % (rc, err))
check(not leftovers(srv.db), "the store closed after the failed start: %r" % leftovers(srv.db))
srv.start()
st, r = srv.json("GET", "/v1/stories")
check(st == 200 and len(r.get("stories", [])) == 1, "the store opens again, its story kept: %s %r"
      % (st, r))
srv.stop()

# the files of the options
rc, err = start("--db", ":memory:", "--token-file", os.path.join(tmp, "absent"))
check(rc == 2 and "--token-file" in err and "No such file or directory" in err,
      "a missing token file: %s %r" % (rc, err))
rc, err = start("--db", ":memory:", "--token-file", tmp)
check(rc == 2 and "--token-file" in err and "Is a directory" in err,
      "a directory as the token file (opens, then cannot be read): %s %r" % (rc, err))
empty = os.path.join(tmp, "empty")
open(empty, "w").close()
rc, err = start("--db", ":memory:", "--token-file", empty)
check(rc == 2 and "empty" in err, "an empty token file: %s %r" % (rc, err))
rc, err = start("--db", ":memory:", "--access-log", os.path.join(tmp, "no-such-dir", "a.log"))
check(rc == 2 and "--access-log" in err and "No such file or directory" in err,
      "an access log in a missing directory: %s %r" % (rc, err))
log = os.path.join(tmp, "access.log")
rc, err = start("--db", ":memory:", "--access-log", log, "--listen", "0.0.0.0:0")
check(rc == 2 and "token" in err, "a public address without a token: %s %r" % (rc, err))
check(not os.path.exists(log), "no access log made by a start refused for its options")
done()
