// libFuzzer target for the SMTP reply parser: any byte sequence a server could send must be parsed without a
// crash, an endless loop or unbounded memory, and a complete reply must satisfy the parser's promises.

#include "smtp/SmtpReply.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace smtpaudit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArrayView rest(reinterpret_cast<const char*>(data), qsizetype(size));
    while (!rest.isEmpty()) {
        const ReplyParse parse = parseReply(rest);
        if (parse.status != ReplyParse::Status::Complete)
            break;
        const SmtpReply& reply = parse.reply;
        if (parse.consumed <= 0 || parse.consumed > rest.size() || reply.code < 200 || reply.code > 599 ||
            reply.lines.isEmpty() || reply.lines.size() != reply.rawLines.size() || reply.lines.size() > kMaxReplyLines)
            std::abort();
        if (reply.enhanced && reply.enhanced->statusClass != reply.code / 100)
            std::abort();
        const SmtpCapabilities caps = parseCapabilities(reply);
        (void)caps.supportsAuth(u"XOAUTH2");
        (void)reply.summary();
        rest = rest.sliced(parse.consumed);
    }
    return 0;
}
