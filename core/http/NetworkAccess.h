#pragma once

class QNetworkAccessManager;

namespace smtpaudit {

// One QNetworkAccessManager per thread (Qt's rule: a manager and its replies live on one thread), shared
// by every client on that thread so connections and HTTP/2 sessions are reused. Created on first use;
// on the main thread deleted as the application object is destroyed, on a worker QThread when it finishes.
QNetworkAccessManager* networkAccessForCurrentThread();

} // namespace smtpaudit
