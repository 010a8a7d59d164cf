"""Demo data for certificates: the default template of the demo province's Department of Home Affairs."""

from .models import CertificateTemplate


def seed_certificates(*, stdout=None) -> dict:
    created = {}
    if not CertificateTemplate.objects.filter(is_default=True).exists():
        CertificateTemplate.objects.create(
            name="Mẫu mặc định — Sở Nội vụ tỉnh Đồng Nai",
            issuer="Sở Nội vụ tỉnh Đồng Nai",
            place="Đồng Nai",
            signer_title="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
            signer_name="Trần Minh Đức",
            serial_prefix="SNV",
            is_default=True,
        )
        created["certificate templates"] = 1
    return {"created": created, "logins": []}
