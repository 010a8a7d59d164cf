"""Where the files that hold personal data are stored: under paths no one can guess, since
media may be served openly."""

import secrets


def _private_path(folder: str, filename: str) -> str:
    return f"{folder}/{secrets.token_urlsafe(16)}/{filename}"


def certificate_pdf_path(instance, filename: str) -> str:
    return _private_path("certificates", filename)


def job_result_path(instance, filename: str) -> str:
    return _private_path("certificate-jobs", filename)
