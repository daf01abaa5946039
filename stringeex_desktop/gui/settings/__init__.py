"""Settings: the email channel, queues, agents, the portal and this computer; their dialogs."""
