#pragma once

#include <QString>

#include <span>

namespace smtpaudit::sample {

class SampleRandom;

// Name pools for the generator. Display names cover umlauts, CJK, Arabic and Hebrew (right-to-left);
// each comes with the ASCII form used to build the UPN, as real tenants do.
struct PersonName
{
    QString givenName;
    QString surname;
    QString displayName;
    QString alias; // ascii "given.surname"
    QString preferredLanguage;
};

struct HostileName
{
    QString displayName;
    QString alias;
};

namespace SampleNames {

PersonName person(SampleRandom& random);
// Strings that break careless HTML, CSV/spreadsheet, shell and layout code. Every tenant uses each once.
std::span<const HostileName> hostile();
QString department(SampleRandom& random);
QString jobTitle(SampleRandom& random);
QString officeLocation(SampleRandom& random);
QString sharedMailboxName(int index);
QString roomName(int index);
QString equipmentName(int index);
QString partnerDomain(SampleRandom& random);
QString applicationName(int index);

} // namespace SampleNames
} // namespace smtpaudit::sample
