#pragma once

#include "http/PagedFetch.h"

#include <QList>

#include <any>
#include <functional>
#include <memory>
#include <optional>

namespace smtpaudit {

// Reads every page of an OData collection (PagedFetch::startDecoded) with each item turned into a T by
// `parse` on the thread pool, so the caller's thread only takes whole typed pages. The first item that
// cannot be read ends the paging with that item's error (an item that is not an object reads as an empty
// one); items before it on its page are not handed over. `onItems` returns false to stop (not an error).
// `parse` must be thread-safe (a pure function of its argument).
template <typename T>
class TypedPages
{
public:
    using Parser = Result<T> (*)(const rawjson::ObjectView&);
    using ItemsCallback = std::function<bool(QList<T>&& items)>;

    // The items of one page, in order, or the first item's error.
    static Result<QList<T>> parsePage(const rawjson::ArrayView& items, Parser parse)
    {
        QList<T> read;
        read.reserve(items.size());
        for (const rawjson::ValueView& item : items) {
            Result<T> parsed = parse(item.toObject());
            if (!parsed.ok())
                return parsed.error();
            read.append(std::move(parsed).value());
        }
        return read;
    }

    static PagedFetch* start(ApiClient& client, ApiRequest first, QObject* context, Parser parse, ItemsCallback onItems,
                             PagedFetch::DoneCallback done)
    {
        auto itemError = std::make_shared<std::optional<Error>>();
        return PagedFetch::startDecoded(
            client, std::move(first), context,
            [parse](const rawjson::ArrayView& items) -> std::any { return parsePage(items, parse); },
            [onItems = std::move(onItems), itemError](std::any& decoded, qsizetype) {
                auto* page = std::any_cast<Result<QList<T>>>(&decoded);
                if (!page->ok()) {
                    *itemError = page->error();
                    return false;
                }
                return onItems(std::move(*page).value());
            },
            [done = std::move(done), itemError](Result<PagingSummary> result) {
                if (itemError->has_value())
                    done(**itemError);
                else
                    done(std::move(result));
            });
    }
};

} // namespace smtpaudit
