"""Qt widgets over core.service; they hear the core only through core.events (bridge.py)."""
