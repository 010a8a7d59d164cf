"""The issuing body's digital signature on certificate PDFs (pyHanko, PAdES)."""

import functools
import io

from django.conf import settings


@functools.cache
def _signer():
    """The issuing body's signing key (PKCS#12) when configured; None leaves PDFs unsigned."""
    if not settings.CERTIFICATE_SIGNING_KEY:
        return None
    from pyhanko.sign import signers

    passphrase = (settings.CERTIFICATE_SIGNING_PASSWORD or "").encode() or None
    return signers.SimpleSigner.load_pkcs12(settings.CERTIFICATE_SIGNING_KEY, passphrase=passphrase)


def sign_pdf(pdf: bytes, *, issuer: str) -> bytes:
    """A PAdES signature by the issuing body, so PDF readers show who signed the certificate."""
    signer = _signer()
    if signer is None:
        return pdf
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    metadata = signers.PdfSignatureMetadata(
        field_name="ChuKySo",
        name=issuer,
        reason="Xác nhận giấy chứng nhận",
        subfilter=fields.SigSeedSubFilter.PADES,
    )
    return signers.sign_pdf(writer, metadata, signer=signer).getvalue()
