#pragma once

// Microsoft-shaped JSON for TestExchangeRequests. Kept out of the test source because moc (Qt 6.4) cannot parse raw
// string literals that contain quotes or '#'.

namespace fixtures {

inline constexpr const char* invokeCommandRequestJson1 =
    R"({"CmdletInput":{"CmdletName":"Get-CASMailbox","Parameters":{"ResultSize":"Unlimited"}}})";

inline constexpr const char* invokeCommandRequestJson2 = R"({"CmdletInput":{"CmdletName":"Get-TransportConfig"}})";

inline constexpr const char* batchItemJson1 = R"({"CmdletInput":{"CmdletName":"Get-OrganizationConfig"}})";

inline constexpr const char* transportConfigJson1 =
    R"({"Identity":"Transport Settings","SmtpClientAuthenticationDisabled":true})";

inline constexpr const char* transportConfigJson2 = R"({"Identity":"x"})";

inline constexpr const char* casMailboxThreeStatesJson1 = R"({"Identity":"printer","Name":"printer",
            "DisplayName":"Printer 3rd floor","PrimarySmtpAddress":"printer@contoso.com",
            "ExternalDirectoryObjectId":"e1","Guid":"g1","SmtpClientAuthenticationDisabled":false})";

inline constexpr const char* casMailboxThreeStatesJson2 =
    R"({"UserPrincipalName":"a@contoso.com","SmtpClientAuthenticationDisabled":null,
                     "RecipientTypeDetails":"SharedMailbox"})";

inline constexpr const char* casMailboxThreeStatesJson3 = R"({"UserPrincipalName":"a@contoso.com"})";

inline constexpr const char* casMailboxThreeStatesJson4 = R"({"SmtpClientAuthenticationDisabled":"yes",
                                                   "UserPrincipalName":"a@b"})";

inline constexpr const char* casMailboxThreeStatesJson5 =
    R"({"PrimarySmtpAddress":"room@contoso.com","SmtpClientAuthenticationDisabled":true})";

inline constexpr const char* authenticationPolicyJson1 = R"({"Name":"Allow Basic SMTP",
            "Identity":"Allow Basic SMTP","Guid":"6c7e3f0e-0000-4000-8000-000000000001",
            "AllowBasicAuthSmtp":true,"AllowBasicAuthImap":true,"AllowBasicAuthPop":false,
            "AllowBasicAuthActiveSync":false})";

inline constexpr const char* authenticationPolicyJson2 = R"({"Name":"Block"})";

inline constexpr const char* authenticationPolicyJson3 = R"({"AllowBasicAuthSmtp":true})";

inline constexpr const char* organizationConfigAndReferencesJson1 = R"({"DefaultAuthenticationPolicy":"Block Basic"})";

inline constexpr const char* organizationConfigAndReferencesJson2 = R"({"DefaultAuthenticationPolicy":null})";

inline constexpr const char* organizationConfigAndReferencesJson3 = R"({"Name":"Legacy apps","Id":"x"})";

inline constexpr const char* getUserJson1 = R"({"UserPrincipalName":"scanner@contoso.com",
            "ExternalDirectoryObjectId":"e9","RecipientTypeDetails":"UserMailbox",
            "AuthenticationPolicy":"Allow Basic SMTP","Identity":"scanner","Guid":"g9"})";

inline constexpr const char* getUserJson2 = R"({"UserPrincipalName":"b@c","AuthenticationPolicy":null})";

inline constexpr const char* getUserJson3 = R"({"Identity":"orphan"})";

} // namespace fixtures
