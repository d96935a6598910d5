#pragma once

#include "sample/SampleHttp.h"

#include <QString>
#include <QUrl>

namespace smtpaudit::sample {

// GET /AdminApi/v1.0/{tenantId}/EXOModuleFile: Exchange Online's regional host discovery (microsoft-apis.md
// section 4, as ScubaGear uses it). With a regional front end set, the answer is a 302 whose Location is that
// front end; otherwise (and on the regional front end itself) a 200 with a module-file body.
//
// The real Location names a host like "nam12b.outlook.office365.com" whose first label the client puts in
// front of outlook.office365.com. The sample tenant must stay on loopback, and no label can be put in front
// of 127.0.0.1, so its regional front end is a second HTTPS listener on 127.0.0.1 with its own port: the port
// stands for the regional host name (ExoRegionalHost's custom-cloud rule accepts exactly that: the same
// loopback address, another port). Must be added before ExchangeService, which answers every /adminapi/ path.
class ExoModuleFileService : public SampleService
{
public:
    ExoModuleFileService(QString tenantId, QString initialDomain);

    // Empty: answer 200 (no regional host). Otherwise the origin of the regional front end
    // ("https://127.0.0.1:port"); `region` names it in the 200 body of that front end.
    void setRegionalFrontEnd(const QUrl& origin) { m_regionalOrigin = origin; }
    void setRegionName(const QString& region) { m_region = region; }
    int requestsAnswered() const { return m_answered; }

    static bool ownsPath(const QString& path);
    std::optional<HttpResponse> handle(const HttpRequest& request) override;

private:
    QString m_tenantId;
    QString m_initialDomain;
    QUrl m_regionalOrigin;
    QString m_region;
    int m_answered = 0;
};

} // namespace smtpaudit::sample
