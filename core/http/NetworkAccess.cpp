#include "http/NetworkAccess.h"

#include "http/LowDelaySockets.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QThread>

namespace smtpaudit {

namespace {
thread_local QPointer<QNetworkAccessManager> manager;

// A post routine runs first thing in ~QCoreApplication, while the application object still exists. Deleted
// later, as one of its children, the manager's HTTP thread closed its TLS sockets after the application was
// gone, and Qt's TLS backend lookup printed "QObject::connect(QObject, Unknown): invalid nullptr parameter"
// on every CLI run.
void deleteMainThreadManager()
{
    delete manager.data();
}
} // namespace

QNetworkAccessManager* networkAccessForCurrentThread()
{
    if (manager)
        return manager;
    auto* created = new QNetworkAccessManager;
    // Replies are deleted by their owners (deleteLater) once read.
    created->setAutoDeleteReplies(false);
    // Emitted once per new TLS connection, with the reply that opened it: Nagle off on it (LowDelaySockets.h).
    QObject::connect(created, &QNetworkAccessManager::encrypted, created, [](QNetworkReply* reply) {
        LowDelaySockets::enableForPeerPort(static_cast<quint16>(reply->url().port(443)));
    });
    QThread* thread = QThread::currentThread();
    QCoreApplication* app = QCoreApplication::instance();
    if (app && thread == app->thread()) {
        qAddPostRoutine(&deleteMainThreadManager);
    } else if (thread) {
        // finished() is emitted on the ending thread itself, so the manager dies on its own thread.
        QObject::connect(
            thread, &QThread::finished, created, [created] { delete created; }, Qt::DirectConnection);
    }
    manager = created;
    return created;
}

} // namespace smtpaudit
