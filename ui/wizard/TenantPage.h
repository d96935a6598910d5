#pragma once

#include "TenantConnection.h"

#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QWidget;

namespace smtpaudit::ui {

class AuditWizard;
class Banner;

// First page: which tenant to audit. The sample tenant (no account needed), a saved connection profile
// (its secret read from the keychain), or a new profile whose secret or certificate passphrase goes to
// the keychain when it is saved. Leaving the page creates the wizard's TenantConnection.
class TenantPage : public QWizardPage
{
    Q_OBJECT

public:
    enum class Source
    {
        Sample,
        SavedProfile,
        NewProfile,
    };

    explicit TenantPage(AuditWizard* wizard);

    void selectSampleTenant(const QString& size, SampleApp app = SampleApp::Auditor);
    Source source() const;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    QWidget* createSampleBox();
    QWidget* createSavedBox();
    QWidget* createNewBox();
    QWidget* createCustomCloudBox(QWidget* parent);
    bool customCloud() const;
    void updateVisibility();
    void readStoredSecret();
    Result<ConnectionRequest> newProfileRequest();
    Result<ConnectionRequest> savedProfileRequest();
    void saveNewProfile(const ConnectionRequest& request);

    AuditWizard* m_wizard;
    QButtonGroup* m_sources = nullptr;
    QRadioButton* m_sampleRadio = nullptr;
    QRadioButton* m_savedRadio = nullptr;
    QRadioButton* m_newRadio = nullptr;
    QWidget* m_sampleBox = nullptr;
    QWidget* m_savedBox = nullptr;
    QWidget* m_newBox = nullptr;
    QComboBox* m_sampleSize = nullptr;
    QComboBox* m_sampleApp = nullptr;
    QComboBox* m_profile = nullptr;
    QLabel* m_savedSecretState = nullptr;
    QLineEdit* m_savedSecret = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_tenant = nullptr;
    QComboBox* m_cloud = nullptr;
    QWidget* m_customCloud = nullptr; // endpoints of a custom cloud (a proxy, `smtpaudit-cli sample-tenant serve`)
    QLineEdit* m_loginUrl = nullptr;
    QLineEdit* m_graphUrl = nullptr;
    QLineEdit* m_exchangeUrl = nullptr;
    QLineEdit* m_caFile = nullptr;
    QComboBox* m_auth = nullptr;
    QLineEdit* m_clientId = nullptr;
    QLineEdit* m_secret = nullptr;
    QLabel* m_secretLabel = nullptr;
    QLineEdit* m_certificate = nullptr;
    QWidget* m_certificateRow = nullptr;
    QLabel* m_certificateLabel = nullptr;
    QCheckBox* m_saveProfile = nullptr;
    Banner* m_error = nullptr;

    QByteArray m_storedSecret; // the saved profile's secret from the keychain; memory only
    bool m_readingSecret = false;
    quint64 m_secretRead = 0; // generation: a late keychain answer for another profile is ignored
};

} // namespace smtpaudit::ui
