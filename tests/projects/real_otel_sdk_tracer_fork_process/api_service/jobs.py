"""Work done in the child process (api-service)."""
from api_service.telemetry import traced


@traced
def process_payload(job_id: str) -> str:
    return job_id.upper()


def handle_job(job_id: str) -> None:
    print("handled", process_payload(job_id))
