#!/usr/bin/env python3
"""Serve ClickHouse over loopback HTTP from libchdb.so (no Docker, no system package).

usage: LIBCHDB=/path/libchdb.so python3 clickhouse_serve.py DATA_DIR HTTP_PORT STOP_FIFO

libchdb.so is the whole ClickHouse engine built as a library; its clickhouse-local entry point accepts
server settings on the command line. `SYSTEM START LISTEN HTTP` opens the HTTP listener, then the query
blocks reading the named pipe STOP_FIFO: writing a line to it ends the query and so the process, which
lets the engine shut down cleanly (a signal cannot interrupt the blocking C call from Python).
Only HTTP is opened: the native TCP listener of this build aborted the whole process when a client
reset a connection.
"""
import ctypes
import os
import sys


def main() -> int:
    if len(sys.argv) != 4 or "LIBCHDB" not in os.environ:
        print(__doc__, file=sys.stderr)
        return 2
    data, port, fifo = sys.argv[1], sys.argv[2], sys.argv[3]
    lib = ctypes.CDLL(os.environ["LIBCHDB"])
    lib.chdb_query_cmdline.restype = ctypes.c_void_p
    lib.chdb_result_error.restype = ctypes.c_char_p
    fifo_literal = fifo.replace("\\", "\\\\").replace("'", "\\'")
    args = [
        "clickhouse",
        f"--path={data}",
        "--listen_host=127.0.0.1",
        f"--http_port={port}",
        f"--logger.log={data}/server.log",
        "--log-level=warning",
        "--multiquery",
        "--query",
        f"SYSTEM START LISTEN HTTP; SELECT count() FROM file('{fifo_literal}', LineAsString)",
    ]
    argv = (ctypes.c_char_p * len(args))(*[a.encode() for a in args])
    print(f"clickhouse_serve: starting on 127.0.0.1:{port}, data {data}", flush=True)
    result = lib.chdb_query_cmdline(len(args), argv)
    error = lib.chdb_result_error(ctypes.c_void_p(result)) if result else b"no result (engine failed to start)"
    if error:
        print("clickhouse_serve: stopped with error:", error.decode(errors="replace"), flush=True)
        return 1
    print("clickhouse_serve: stopped", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
