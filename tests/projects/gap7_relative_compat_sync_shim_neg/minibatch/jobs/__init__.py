"""minibatch.jobs: job runners."""
