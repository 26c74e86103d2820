"""The demo registry of employment agencies (demo/data/agencies.yaml)."""

from agencies.registry import EmploymentAgency

from .reader import day, read


def ensure_agencies(log):
    """Add the agencies that are not in the registry yet (matched by registration number)."""
    created = 0
    for item in read("agencies")["agencies"]:
        if EmploymentAgency.objects.filter(registration_number=item["number"]).exists():
            continue
        agency = EmploymentAgency(
            name=item["name"],
            ruc=item["ruc"],
            registration_number=item["number"],
            status=item["status"],
            valid_from=day(item["from"]),
            valid_until=day(item["until"]),
        )
        agency.full_clean()
        agency.save()
        created += 1
    log(f"Employment agencies: {created} created")
