"""Task family modules; each registers its families with `envs.tasks.registry.register`."""
