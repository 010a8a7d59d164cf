"""The issuing body's digital signature on certificate PDFs: PAdES with the validation data
embedded (B-LT), and document timestamps (B-LTA) when a timestamp authority is configured.

The key is a PKCS#12 file or a PKCS#11 token, loaded once per process. Revocation data (CRLs,
OCSP responses) is fetched at most once an hour per process; CRL files lying beside the key or
a trust root (the demo CA's) serve chains that name no revocation URL. See
docs/certificates.md.

pyHanko (with asn1crypto) and cryptography are imported by the functions that use them: a
process that signs nothing never loads them (about 40 MB and half a second; cryptography's
14 MB serve only the demo key).
"""

import datetime as dt
import functools
import io
import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

logger = logging.getLogger(__name__)

# Revocation data older than this is fetched again, or sooner when a CRL or OCSP response says so.
REVOCATION_LIFETIME = dt.timedelta(hours=1)
# After the timestamp authority fails, sign without it for this long rather than wait on it for
# every certificate of a batch.
TSA_RETRY_AFTER = dt.timedelta(minutes=5)
TSA_TIMEOUT_SECONDS = 10

DEMO_KEY_NAME = "demo-signing.p12"
DEMO_ROOT_NAME = "demo-root.pem"
DEMO_CRL_NAME = "demo-root.crl"
DEMO_ROOT_SUBJECT = "DEMO — không có giá trị pháp lý"
DEMO_SIGNER_SUBJECT = "Sở Nội vụ tỉnh Đồng Nai (DEMO)"


class SigningError(Exception):
    """The PDF could not be signed (key, token, chain or signature); nothing was stored.

    The certificate itself is unaffected: render it again once the key or token is back.
    """


@dataclass(frozen=True)
class _Configuration:
    signing_key: str | None
    password: str | None
    pkcs11_module: str | None
    pkcs11_token: str | None
    pkcs11_key_label: str | None
    pkcs11_pin: str | None
    trust_roots: tuple[str, ...]
    tsa_url: str | None


@dataclass(frozen=True)
class _Setup:
    signer: object
    trust_roots: tuple
    other_certs: tuple
    local_crls: tuple
    timestamper: object | None


_lock = threading.Lock()
_revocation = {"fetchers": None, "since": None}
_tsa_down_until: list[float] = [0.0]


def _configuration() -> _Configuration:
    return _Configuration(
        signing_key=settings.CERTIFICATE_SIGNING_KEY or None,
        password=settings.CERTIFICATE_SIGNING_PASSWORD or None,
        pkcs11_module=settings.CERTIFICATE_PKCS11_MODULE or None,
        pkcs11_token=settings.CERTIFICATE_PKCS11_TOKEN or None,
        pkcs11_key_label=settings.CERTIFICATE_PKCS11_KEY_LABEL or None,
        pkcs11_pin=settings.CERTIFICATE_PKCS11_PIN or None,
        trust_roots=tuple(settings.CERTIFICATE_TRUST_ROOTS or ()),
        tsa_url=settings.CERTIFICATE_TSA_URL or None,
    )


def _read_certificates(path: str) -> list:
    from asn1crypto import pem, x509

    data = Path(path).read_bytes()
    if not pem.detect(data):
        return [x509.Certificate.load(data)]
    return [x509.Certificate.load(der) for _, _, der in pem.unarmor(data, multiple=True)]


def _read_crls(directory: Path) -> list:
    from asn1crypto import crl, pem

    crls = []
    for path in sorted(directory.glob("*.crl")):
        data = path.read_bytes()
        crls.append(crl.CertificateList.load(pem.unarmor(data)[2] if pem.detect(data) else data))
    return crls


def _load_signer(configuration: _Configuration):
    if configuration.pkcs11_module:
        from pyhanko.config.pkcs11 import TokenCriteria
        from pyhanko.sign.pkcs11 import PKCS11Signer, open_pkcs11_session

        if not configuration.pkcs11_key_label:
            raise SigningError("Set CERTIFICATE_PKCS11_KEY_LABEL to the label of the signing key.")
        session = open_pkcs11_session(
            configuration.pkcs11_module,
            token_criteria=(
                TokenCriteria(label=configuration.pkcs11_token)
                if configuration.pkcs11_token
                else None
            ),
            user_pin=configuration.pkcs11_pin,
        )
        # other_certs_to_pull=None: every certificate on the token, for the chain.
        return PKCS11Signer(
            session, key_label=configuration.pkcs11_key_label, other_certs_to_pull=None
        )
    from pyhanko.sign import signers

    passphrase = configuration.password.encode() if configuration.password else None
    signer = signers.SimpleSigner.load_pkcs12(configuration.signing_key, passphrase=passphrase)
    if signer is None:
        raise SigningError(
            f"Could not load the PKCS#12 key {configuration.signing_key}: wrong password "
            "(CERTIFICATE_SIGNING_PASSWORD) or not a PKCS#12 file."
        )
    return signer


@functools.lru_cache(maxsize=1)
def _setup_for(configuration: _Configuration) -> _Setup | None:
    """The signer and what validating its chain needs; None leaves PDFs unsigned."""
    if not (configuration.signing_key or configuration.pkcs11_module):
        return None
    try:
        signer = _load_signer(configuration)
        chain = tuple(signer.cert_registry)
        signing_cert = signer.signing_cert
    except SigningError:
        raise
    except Exception as error:
        raise SigningError(f"Could not load the certificate signing key: {error}") from error
    if signing_cert is None:
        raise SigningError("The signing key has no certificate.")
    # The anchors: those configured, and any self-signed root shipped with the key.
    roots = [cert for path in configuration.trust_roots for cert in _read_certificates(path)]
    roots += [cert for cert in (*chain, signing_cert) if cert.self_signed in ("yes", "maybe")]
    if not roots:
        raise SigningError(
            "No trust root for the signing certificate: set CERTIFICATE_TRUST_ROOTS to the PEM "
            "file of the root CA."
        )
    # CRLs for chains that name no revocation URL (the demo CA's): *.crl beside the key or a root.
    directories = {Path(path).parent for path in configuration.trust_roots}
    if configuration.signing_key:
        directories.add(Path(configuration.signing_key).parent)
    local_crls = [crl for directory in sorted(directories) for crl in _read_crls(directory)]
    timestamper = None
    if configuration.tsa_url:
        from pyhanko.sign.timestamps.requests_client import RequestsHTTPTimeStamper

        timestamper = RequestsHTTPTimeStamper(configuration.tsa_url, timeout=TSA_TIMEOUT_SECONDS)
    return _Setup(
        signer=signer,
        trust_roots=tuple(roots),
        other_certs=chain,
        local_crls=tuple(local_crls),
        timestamper=timestamper,
    )


def reset() -> None:
    """Forget the loaded key, cached revocation data and TSA back-off (a token plugged back in)."""
    _setup_for.cache_clear()
    _revocation.update(fetchers=None, since=None)
    _tsa_down_until[0] = 0.0


def _fetchers():
    """Network fetchers shared by every signature in the process, renewed when stale."""
    from pyhanko_certvalidator.fetchers.requests_fetchers import RequestsFetcherBackend

    now = dt.datetime.now(dt.UTC)
    fetchers = _revocation["fetchers"]
    if fetchers is not None:
        next_updates = [
            item["tbs_cert_list"]["next_update"].native
            for item in fetchers.crl_fetcher.fetched_crls()
        ] + [
            single["next_update"].native
            for response in fetchers.ocsp_fetcher.fetched_responses()
            for single in response.basic_ocsp_response["tbs_response_data"]["responses"]
        ]
        fresh = now - _revocation["since"] < REVOCATION_LIFETIME and all(
            next_update is None or next_update > now for next_update in next_updates
        )
        if fresh:
            return fetchers
    fetchers = RequestsFetcherBackend().get_fetchers()
    _revocation.update(fetchers=fetchers, since=now)
    return fetchers


def _validation_context(setup: _Setup):
    from pyhanko_certvalidator import ValidationContext

    return ValidationContext(
        trust_roots=list(setup.trust_roots),
        other_certs=list(setup.other_certs),
        crls=list(setup.local_crls),
        allow_fetching=True,
        fetchers=_fetchers(),
        revocation_mode="soft-fail",
    )


def _sign(pdf: bytes, *, issuer: str, setup: _Setup, timestamper) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.sign.signers.pdf_signer import DSSContentSettings, SigDSSPlacementPreference

    metadata = signers.PdfSignatureMetadata(
        field_name="ChuKySo",
        name=issuer,
        reason="Xác nhận giấy chứng nhận",
        subfilter=fields.SigSeedSubFilter.PADES,
        embed_validation_info=True,
        use_pades_lta=timestamper is not None,
        timestamp_field_name="DauThoiGian" if timestamper is not None else None,
        validation_context=_validation_context(setup),
        # The DSS goes into the signed revision itself (no VRI: deprecated, and it would force
        # a revision of its own), so the signature covers the whole file.
        dss_settings=DSSContentSettings(
            placement=SigDSSPlacementPreference.TOGETHER_WITH_SIGNATURE, include_vri=False
        ),
    )
    signer = signers.PdfSigner(metadata, signer=setup.signer, timestamper=timestamper)
    return signer.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(pdf))).getvalue()


def _timestamp_failure(error: BaseException) -> bool:
    from pyhanko.sign.timestamps import TimestampRequestError

    while error is not None:
        if isinstance(error, TimestampRequestError):
            return True
        error = error.__cause__ or error.__context__
    return False


def sign_pdf(pdf: bytes, *, issuer: str) -> bytes:
    """A PAdES signature by the issuing body: B-LTA with a timestamp authority, B-LT without.

    An unreachable timestamp authority does not stop issuing: the PDF is signed without the
    timestamps (B-LT) and a warning is logged. Anything else that fails raises SigningError.
    """
    with _lock:
        setup = _setup_for(_configuration())  # SigningError when the key cannot be loaded
        if setup is None:
            return pdf
        timestamper = setup.timestamper if time.monotonic() >= _tsa_down_until[0] else None
        try:
            try:
                return _sign(pdf, issuer=issuer, setup=setup, timestamper=timestamper)
            except Exception as error:
                if timestamper is None or not _timestamp_failure(error):
                    raise
                logger.warning(
                    "The timestamp authority %s did not answer (%s): certificates are signed "
                    "without timestamps (PAdES B-LT) for the next %d minutes.",
                    settings.CERTIFICATE_TSA_URL,
                    error,
                    TSA_RETRY_AFTER.seconds // 60,
                )
                _tsa_down_until[0] = time.monotonic() + TSA_RETRY_AFTER.total_seconds()
                return _sign(pdf, issuer=issuer, setup=setup, timestamper=None)
        except Exception as error:
            # A token pulled out breaks its session: load the key again next time.
            _setup_for.cache_clear()
            raise SigningError(f"Could not sign the certificate PDF: {error}") from error


def make_demo_key(directory: Path) -> Path:
    """A demo CA "DEMO — không có giá trị pháp lý" and a key it certifies for "Sở Nội vụ tỉnh
    Đồng Nai (DEMO)": a PKCS#12 with an empty password, the root's PEM and the CRL the root
    signed, in `directory`. Reused while it stays valid for 30 more days."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    directory = Path(directory)
    bundle, root_pem, crl_path = (
        directory / DEMO_KEY_NAME,
        directory / DEMO_ROOT_NAME,
        directory / DEMO_CRL_NAME,
    )
    now = dt.datetime.now(dt.UTC)
    if bundle.exists() and root_pem.exists() and crl_path.exists():
        try:
            _, existing, _ = pkcs12.load_key_and_certificates(bundle.read_bytes(), None)
            crl = x509.load_der_x509_crl(crl_path.read_bytes())
        except ValueError:
            existing = None
        if existing is not None and min(
            existing.not_valid_after_utc, crl.next_update_utc
        ) > now + dt.timedelta(days=30):
            return bundle

    def name(common_name: str) -> x509.Name:
        return x509.Name(
            [
                x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, "DEMO"),
                x509.NameAttribute(NameOID.COMMON_NAME, common_name),
            ]
        )

    root_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    signing_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    root_name, signer_name = name(DEMO_ROOT_SUBJECT), name(DEMO_SIGNER_SUBJECT)
    root_ski = x509.SubjectKeyIdentifier.from_public_key(root_key.public_key())
    start, end = now - dt.timedelta(hours=1), now + dt.timedelta(days=2 * 365)
    root = (
        x509.CertificateBuilder()
        .subject_name(root_name)
        .issuer_name(root_name)
        .public_key(root_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(now + dt.timedelta(days=10 * 365))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .add_extension(root_ski, critical=False)
        .sign(root_key, hashes.SHA256())
    )
    authority = x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(root_ski)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(signer_name)
        .issuer_name(root_name)
        .public_key(signing_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False),
            critical=True,
        )
        .add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False
        )
        .add_extension(authority, critical=False)
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(signing_key.public_key()), critical=False
        )
        .sign(root_key, hashes.SHA256())
    )
    # Nothing revoked; valid as long as the signing certificate, so a validator finds it current.
    crl = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(root_name)
        .last_update(start)
        .next_update(end)
        .add_extension(authority, critical=False)
        .add_extension(x509.CRLNumber(1), critical=False)
        .sign(root_key, hashes.SHA256())
    )
    directory.mkdir(parents=True, exist_ok=True)
    root_pem.write_bytes(root.public_bytes(serialization.Encoding.PEM))
    crl_path.write_bytes(crl.public_bytes(serialization.Encoding.DER))
    bundle.write_bytes(
        pkcs12.serialize_key_and_certificates(
            DEMO_SIGNER_SUBJECT.encode(),
            signing_key,
            certificate,
            [root],
            serialization.NoEncryption(),
        )
    )
    bundle.chmod(0o600)
    return bundle
