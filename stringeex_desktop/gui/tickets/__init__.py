"""The agent's work: the ticket list, one ticket's thread and composer, the outbox."""
