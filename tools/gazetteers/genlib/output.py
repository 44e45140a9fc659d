"""Deterministic resource files: sorted UTF-8 lines, gzip with mtime 0 and no file name."""
import gzip
import io
import os


def write_gz(path, header_comments, lines):
    """Writes '# ' comment lines, then the given lines (already sorted, each without newline).

    The gzip header carries no file name and mtime 0, and the level is fixed, so the same lines
    give the same bytes on every run.
    """
    text = "".join("# " + c + "\n" if c else "#\n" for c in header_comments)
    text += "".join(line + "\n" for line in lines)
    raw = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
        gz.write(text.encode("utf-8"))
    data = raw.getvalue()
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)
    return len(data)


def sorted_unique(lines):
    """Ordinal (code point) order, which is what the C# test checks."""
    return sorted(set(lines))


def check_field(value, where):
    if "\t" in value or "\n" in value or "\r" in value:
        raise ValueError(f"{where}: a field holds a tab or line break: {value!r}")
    return value


def write_plain(path, header_comments, lines):
    """Like write_gz, without compression: for the big word lists the extractor reads on every start.

    Inflating 5 MB cost the extractor more start-up time than anything else it does with the list;
    stored as is, the embedded resource is one copy away from the table it builds.
    """
    text = "".join("# " + c + "\n" if c else "#\n" for c in header_comments)
    text += "".join(line + "\n" for line in lines)
    data = text.encode("utf-8")
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)
    return len(data)
