#include "util/Logging.h"

Q_LOGGING_CATEGORY(lcIdentity, "smtpaudit.identity")
Q_LOGGING_CATEGORY(lcHttp, "smtpaudit.http")
Q_LOGGING_CATEGORY(lcGraph, "smtpaudit.graph")
Q_LOGGING_CATEGORY(lcExchange, "smtpaudit.exchange")
Q_LOGGING_CATEGORY(lcAudit, "smtpaudit.audit")
Q_LOGGING_CATEGORY(lcSmtp, "smtpaudit.smtp")
Q_LOGGING_CATEGORY(lcSample, "smtpaudit.sample")
Q_LOGGING_CATEGORY(lcKeychain, "smtpaudit.keychain")
