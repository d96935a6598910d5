#include "sample/tenant/ExoModuleFileService.h"

#include "sample/exchange/ExchangeErrors.h"

using namespace Qt::StringLiterals;

namespace smtpaudit::sample {

ExoModuleFileService::ExoModuleFileService(QString tenantId, QString initialDomain)
    : m_tenantId(std::move(tenantId))
    , m_initialDomain(std::move(initialDomain))
{}

bool ExoModuleFileService::ownsPath(const QString& path)
{
    return path.startsWith(u"/AdminApi/v1.0/"_s, Qt::CaseInsensitive) &&
           path.endsWith(u"/EXOModuleFile"_s, Qt::CaseInsensitive);
}

std::optional<HttpResponse> ExoModuleFileService::handle(const HttpRequest& request)
{
    if (!ownsPath(request.path))
        return std::nullopt;
    const QStringList segments = request.path.split(u'/', Qt::SkipEmptyParts); // AdminApi v1.0 {tenant} EXOModuleFile
    if (segments.size() != 4 || request.method != "GET")
        return ExchangeErrors::error(request, 404, u"System.Web.HttpException"_s,
                                     u"The resource '"_s + request.path + u"' does not exist."_s);
    const QString& tenant = segments.at(2);
    if (tenant.compare(m_tenantId, Qt::CaseInsensitive) != 0 &&
        tenant.compare(m_initialDomain, Qt::CaseInsensitive) != 0)
        return ExchangeErrors::unknownTenant(request, tenant);
    ++m_answered;
    // UNVERIFIED: whether the real endpoint needs a bearer token; the sample answers with or without one.
    if (m_regionalOrigin.isValid() && !m_regionalOrigin.isEmpty()) {
        QUrl location = m_regionalOrigin;
        location.setPath(request.path);
        HttpResponse redirect = HttpResponse::text(302, {});
        redirect.headers.append(
            QPair<QByteArray, QByteArray>("Location", location.toString(QUrl::FullyEncoded).toLatin1()));
        return redirect;
    }
    // The real answer is the PowerShell module the cmdlets are generated from; its content does not matter here.
    return HttpResponse::text(200,
                              "# Exchange Online management module (sample tenant" +
                                  (m_region.isEmpty() ? QByteArray() : ", region " + m_region.toUtf8()) + ")\n",
                              "application/octet-stream");
}

} // namespace smtpaudit::sample
