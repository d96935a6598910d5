#pragma once

class QNetworkAccessManager;

namespace smtpaudit {

// One QNetworkAccessManager per thread (Qt's rule: a manager and its replies live on one thread), shared
// by every client on that thread so connections and HTTP/2 sessions are reused. Created on first use;
// owned by the application object on the main thread and deleted when a worker QThread finishes.
QNetworkAccessManager* networkAccessForCurrentThread();

} // namespace smtpaudit
