#include "sample/data/TenantModel.h"

#include "sample/data/SampleRandom.h"

using namespace Qt::StringLiterals;

namespace smtpaudit::sample {

GuidText guidTextFromBits(quint64 high, quint64 low)
{
    high = (high & 0xffffffffffff0fffULL) | 0x0000000000004000ULL; // version 4
    low = (low & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;   // RFC 4122 variant
    GuidText text{};
    std::size_t at = 0;
    // 32 hex digits, most significant first, with dashes after the 8th, 12th, 16th and 20th.
    for (int digit = 0; digit < 32; ++digit) {
        if (digit == 8 || digit == 12 || digit == 16 || digit == 20)
            text[at++] = '-';
        const quint64 half = digit < 16 ? high : low;
        const unsigned nibble = static_cast<unsigned>(half >> (60 - 4 * (digit % 16))) & 0xfu;
        text[at++] = "0123456789abcdef"[nibble];
    }
    return text;
}

QString guidFromBits(quint64 high, quint64 low)
{
    return guidString(guidTextFromBits(high, low));
}

std::optional<TenantSize> TenantOptions::sizeFromName(const QString& name)
{
    const QString lower = name.toLower();
    if (lower == u"small"_s)
        return TenantSize::Small;
    if (lower == u"medium"_s)
        return TenantSize::Medium;
    if (lower == u"large"_s)
        return TenantSize::Large;
    return std::nullopt;
}

QString TenantOptions::sizeName(TenantSize size)
{
    switch (size) {
    case TenantSize::Small:
        return u"small"_s;
    case TenantSize::Medium:
        return u"medium"_s;
    case TenantSize::Large:
        return u"large"_s;
    }
    return {};
}

QString recipientTypeName(RecipientType type)
{
    switch (type) {
    case RecipientType::UserMailbox:
        return u"UserMailbox"_s;
    case RecipientType::SharedMailbox:
        return u"SharedMailbox"_s;
    case RecipientType::RoomMailbox:
        return u"RoomMailbox"_s;
    case RecipientType::EquipmentMailbox:
        return u"EquipmentMailbox"_s;
    case RecipientType::None:
        break;
    }
    return {};
}

QString perUserMfaStateName(PerUserMfaState state)
{
    switch (state) {
    case PerUserMfaState::Enabled:
        return u"enabled"_s;
    case PerUserMfaState::Enforced:
        return u"enforced"_s;
    case PerUserMfaState::Disabled:
        break;
    }
    return u"disabled"_s;
}

int TenantModel::userIndexById(const QString& id) const
{
    return userIndexByIdMap.value(id.toLower(), -1);
}

int TenantModel::userIndexByUpn(const QString& userPrincipalName) const
{
    return userIndexByLowerUpn.value(userPrincipalName.toLower(), -1);
}

int TenantModel::authenticationPolicyIndex(const QString& nameOrGuid) const
{
    for (std::size_t i = 0; i < authenticationPolicies.size(); ++i) {
        const AuthenticationPolicy& policy = authenticationPolicies[i];
        if (policy.name.compare(nameOrGuid, Qt::CaseInsensitive) == 0 ||
            policy.guid.compare(nameOrGuid, Qt::CaseInsensitive) == 0)
            return static_cast<int>(i);
    }
    return -1;
}

QString isoUtc(qint64 secondsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC).toString(Qt::ISODate);
}

} // namespace smtpaudit::sample
