#include "audit/CidrRange.h"

using namespace Qt::StringLiterals;

namespace smtpaudit {

std::optional<CidrRange> CidrRange::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    QString withPrefix = trimmed;
    if (!trimmed.contains(u'/')) {
        QHostAddress host;
        if (!host.setAddress(trimmed))
            return std::nullopt;
        withPrefix = trimmed + (host.protocol() == QAbstractSocket::IPv6Protocol ? u"/128"_s : u"/32"_s);
    }
    const auto [network, prefix] = QHostAddress::parseSubnet(withPrefix);
    if (network.isNull() || prefix < 0)
        return std::nullopt;
    CidrRange range;
    range.m_network = network;
    range.m_prefixLength = prefix;
    return range;
}

bool CidrRange::contains(const QHostAddress& address) const
{
    if (address.isNull())
        return false;
    // An IPv4-mapped IPv6 address (::ffff:192.0.2.1) is the IPv4 host for this purpose.
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    const QHostAddress normalised = isV4 ? QHostAddress(v4) : address;
    return normalised.isInSubnet(m_network, m_prefixLength);
}

bool CidrRange::contains(const QString& address) const
{
    return contains(QHostAddress(address.trimmed()));
}

QString CidrRange::toString() const
{
    return m_network.toString() + u'/' + QString::number(m_prefixLength);
}

QList<CidrRange> parseCidrRanges(const QStringList& texts, QStringList* invalid)
{
    QList<CidrRange> ranges;
    for (const QString& text : texts) {
        if (auto range = CidrRange::parse(text))
            ranges << *range;
        else if (invalid)
            *invalid << text;
    }
    return ranges;
}

bool anyRangeContains(const QList<CidrRange>& ranges, const QString& address)
{
    const QHostAddress host(address.trimmed());
    for (const CidrRange& range : ranges)
        if (range.contains(host))
            return true;
    return false;
}

} // namespace smtpaudit
