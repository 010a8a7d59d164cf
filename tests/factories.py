"""factory_boy factories for the suite. Agencies go through the service, so history exists."""

import factory

from workforce import services
from workforce.accounts import mark_email_verified
from workforce.models import AgencyKind, Category, HRRole, User


class AgencyFactory(factory.Factory):
    class Meta:
        model = dict

    code = factory.Sequence(lambda n: f"AG{n:04d}")
    name = factory.Sequence(lambda n: f"Cơ quan {n}")
    kind = AgencyKind.DEPARTMENT
    parent = None

    @classmethod
    def _create(cls, model_class, **kwargs):
        return services.create_agency(**kwargs)


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    staff_code = factory.Sequence(lambda n: f"CB{n:05d}")
    email = factory.LazyAttribute(lambda o: f"{o.staff_code.lower()}@example.vn")
    family_name = "Nguyễn"
    middle_name = "Văn"
    given_name = factory.Sequence(lambda n: f"An{n}")
    category = Category.CIVIL_SERVANT
    agency = None
    password = factory.PostGenerationMethodCall("set_password", "mật-khẩu-thử-1")

    @factory.post_generation
    def saved(obj, create, extracted, **kwargs):
        if create:
            obj.save()
            # As services.create_person does: addresses HR enters count as verified.
            mark_email_verified(obj)


class HRRoleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = HRRole

    person = factory.SubFactory(PersonFactory)
    agency = factory.SubFactory(AgencyFactory)
    role = HRRole.Role.OFFICER
