#!/usr/bin/python3
"""A tiny GTK window that offers the files named on the command line as a
drag source (text/uri-list), so xdotool can drag them onto the app exactly
as a file manager would. Prints "ready" once shown; quits when the drag ends.

Usage: drag_source.py X Y FILE...   (the window's top-left corner on screen)
"""
import sys

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("Gdk", "3.0")
from gi.repository import Gdk, Gio, GLib, Gtk  # noqa: E402

TITLE = "standpoint-e2e-drag-source"


def main() -> None:
    x, y, files = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]
    uris = [Gio.File.new_for_path(path).get_uri() for path in files]

    window = Gtk.Window(title=TITLE)
    window.set_default_size(240, 160)
    window.move(x, y)
    box = Gtk.EventBox()
    box.add(Gtk.Label(label=f"drag {len(uris)} file(s)"))
    box.drag_source_set(Gdk.ModifierType.BUTTON1_MASK, [], Gdk.DragAction.COPY)
    box.drag_source_add_uri_targets()
    box.connect("drag-data-get", lambda _w, _c, data, _i, _t: data.set_uris(uris))
    box.connect("drag-end", lambda *_: GLib.timeout_add(300, Gtk.main_quit))
    window.add(box)
    window.connect("destroy", Gtk.main_quit)
    window.show_all()
    # Give up after a minute so a failed drag never leaves the window behind.
    GLib.timeout_add_seconds(60, Gtk.main_quit)
    GLib.idle_add(lambda: print("ready", flush=True) and False)
    Gtk.main()


if __name__ == "__main__":
    main()
