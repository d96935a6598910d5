#pragma once

// Microsoft-shaped JSON for TestSignInCollection. Kept out of the test source because moc (Qt 6.4) cannot parse raw
// string literals that contain quotes or '#'.

namespace fixtures {

inline constexpr const char* oldestCreatedInPageJson1 =
    R"({"value":[{"id":"1","createdDateTime":"2026-11-26T10:00:00Z"},{"id":"2","createdDateTime":"2026-11-25T09:30:00.1234567Z"}]})";

inline constexpr const char* oldestCreatedInPageJson2 = R"({"value":[]})";

inline constexpr const char* oldestCreatedInPageJson3 = R"({"value":[{"createdDateTime":null}]})";

} // namespace fixtures
