"""The asyncio core: store, mail, auth and routing. Never imports Qt."""
