#pragma once

// Exchange Online regional host discovery (microsoft-apis.md section 4, "Regional host discovery", as
// ScubaGear does it): GET {exchange}/AdminApi/v1.0/{tenantId}/EXOModuleFile with redirects off; a 3xx names
// the tenant's regional front end in its Location, whose first host label is the prefix of the InvokeCommand
// host: https://{prefix}.outlook.office365.com/adminapi/beta/{tenantId}/InvokeCommand. Anything else (200,
// an error, no answer) keeps the default host, as ScubaGear does.

#include "audit/run/Collector.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

namespace smtpaudit::ExoRegionalHost {

// GET .../AdminApi/v1.0/{tenantId}/EXOModuleFile on the cloud's Exchange host.
QUrl discoveryUrl(const CloudEnvironment& cloud, const QString& tenantId);

// The Exchange base URL a redirect to `location` stands for, or nullopt when it cannot be trusted with the
// Exchange token:
//  - a DNS host (the real clouds): ScubaGear's rule, the first label of the Location host in front of the
//    configured Exchange host ("https://outlook.office365.com" + "nam12b.outlook.office365.com/..." ->
//    "https://nam12b.outlook.office365.com"); the label must be a plain DNS label.
//  - a loopback IP literal (a custom cloud on this machine: the sample tenant, tests): no label can be put in
//    front of an IP address, so the regional front end is the Location's origin itself, accepted only on the
//    same loopback address (another port stands for another front end).
std::optional<QUrl> regionalBase(const QUrl& exchangeBase, const QUrl& location);

// The context's Exchange base URL: the discovered regional one, else the cloud's.
QUrl exchangeBase(const CollectorContext& context);
QUrl invokeCommandUrl(const CollectorContext& context);
QUrl batchUrl(const CollectorContext& context);

// True once discovery for this context's Exchange host and tenant has ended (whatever it found).
bool isKnown(const CollectorContext& context);
// Runs discovery once per Exchange host and tenant (concurrent callers share it), then calls `then` on
// `receiver`'s thread unless `receiver` is gone. Without an ApiClient the default host is kept.
void discover(const CollectorContext& context, QObject* receiver, std::function<void()> then);

// Forgets every discovered host (tests; a profile switch does not need it: the key is host and tenant).
void clearCache();

} // namespace smtpaudit::ExoRegionalHost
