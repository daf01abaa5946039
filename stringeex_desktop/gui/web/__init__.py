"""HTML mail shown inert: sanitiser, private profile, scheme handler, request guard, views."""
