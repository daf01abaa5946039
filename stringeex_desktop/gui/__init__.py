"""Qt widgets over core.service; they hear the core only through core.events (bridge.py).

By feature, as MusicBrainz Picard's picard/ui/: tickets/, settings/, web/ (HTML mail),
widgets/ (shared helpers); forms/ is generated from ui/*.ui by tools/build_ui.py.
"""
