#pragma once

#include "sample/server/SampleServerOptions.h"

#include <QByteArray>
#include <QRandomGenerator>
#include <QString>

#include <optional>

namespace smtpaudit::sample {

// Decides, deterministically from the seed, which service responses get which fault, and shapes bodies for
// the body faults. Latency is independent of the drawn fault: with latencyMs set every eligible response
// waits that long.
class FaultInjector
{
public:
    explicit FaultInjector(FaultOptions options);

    const FaultOptions& options() const { return m_options; }
    // Service paths, the prefix filter, and the identity platform only when includeTokenEndpoint is set; never
    // Exchange regional host discovery (EXOModuleFile).
    bool appliesTo(const QString& path) const;
    // One draw per eligible response (also when it yields nothing, so the sequence depends on requests only).
    std::optional<FaultKind> draw();

    // Half the body (Content-Length then describes the cut body: the HTTP framing stays correct).
    static QByteArray truncated(const QByteArray& body);
    // Same length, invalid JSON: the first name-separator ':' becomes '=' (or the first byte a '<').
    static QByteArray malformed(const QByteArray& body);

private:
    FaultOptions m_options;
    QRandomGenerator m_random;
};

} // namespace smtpaudit::sample
