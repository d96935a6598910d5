#pragma once

#include "audit/run/Collector.h"
#include "http/ApiClient.h"
#include "http/TypedPages.h"

#include <QList>
#include <QPointer>
#include <QUrl>

namespace smtpaudit {

// A collector for a Graph collection that is read whole and parsed item by item: userRegistrationDetails,
// Conditional Access policies, named locations, applications (GraphCollectors.h builds them). A page
// refused with 400 on its first request is asked once more at `fallbackUrl` when one is given (a $top the
// endpoint does not document). Items are parsed on the thread pool (TypedPages); `parse` must be thread-safe.
template <typename T>
class GraphListCollector : public Collector
{
public:
    using Parser = typename TypedPages<T>::Parser;
    using Apply = void (*)(TenantSnapshot&, const QList<T>&);

    struct Spec
    {
        CollectorId id;
        QUrl url;
        QUrl fallbackUrl;
        QString permission;
        QString label;
        Parser parse = nullptr;
        Apply apply = nullptr;
    };

    GraphListCollector(CollectorContext context, Spec spec, QObject* parent = nullptr)
        : Collector(std::move(context), {spec.id}, parent)
        , m_spec(std::move(spec))
    {}

    void applyTo(TenantSnapshot& snapshot) const override
    {
        if (status(m_spec.id).isComplete())
            m_spec.apply(snapshot, m_items);
    }

    const QList<T>& items() const { return m_items; }

protected:
    void run() override { fetch(m_spec.url); }
    void stopJobs() override
    {
        Collector::stopJobs();
        if (m_pager)
            std::exchange(m_pager, nullptr)->cancel();
    }

private:
    void fetch(const QUrl& url)
    {
        m_query = GraphQuery::describe(url);
        ApiRequest request = ApiRequest::get(url);
        request.tokenScope = context().graphScope();
        request.permissionHint = m_spec.permission;
        request.label = m_spec.label;
        m_pager = TypedPages<T>::start(
            *client(), std::move(request), this, m_spec.parse,
            [this](QList<T>&& items) {
                addRequests();
                const qsizetype count = items.size();
                m_items.append(std::move(items));
                addItems(count);
                return true;
            },
            [this, url](Result<PagingSummary> result) {
                if (!isActive(m_spec.id))
                    return;
                if (result.ok()) {
                    complete(m_spec.id, m_query, m_items.size());
                    return;
                }
                if (result.error().httpStatus == 400 && m_items.isEmpty() && m_spec.fallbackUrl.isValid() &&
                    url != m_spec.fallbackUrl) {
                    fetch(m_spec.fallbackUrl);
                    return;
                }
                fail(m_spec.id, result.error(), m_query);
            });
    }

    Spec m_spec;
    QList<T> m_items;
    QPointer<PagedFetch> m_pager;
    QString m_query;
};

} // namespace smtpaudit
