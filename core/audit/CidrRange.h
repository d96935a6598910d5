#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace smtpaudit {

// An IPv4 or IPv6 network in CIDR notation ("203.0.113.0/24", "2001:db8::/48"). A bare address is a
// host route (/32 or /128).
class CidrRange
{
public:
    static std::optional<CidrRange> parse(const QString& text);

    bool contains(const QHostAddress& address) const;
    bool contains(const QString& address) const;
    QString toString() const;

private:
    QHostAddress m_network;
    int m_prefixLength = 0;
};

// Parses a list; entries that do not parse land in `invalid` (when given) instead of being dropped silently.
QList<CidrRange> parseCidrRanges(const QStringList& texts, QStringList* invalid = nullptr);
bool anyRangeContains(const QList<CidrRange>& ranges, const QString& address);

} // namespace smtpaudit
