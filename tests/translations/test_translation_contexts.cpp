// A text is translated only when lupdate files it under the context the running program asks
// for. This runs the real lupdate on the real sources (translations/lupdate-sources.lst, as
// scripts/update-translations.sh does), gives every text it found a marked translation
// ("§" + the English), compiles that with lrelease, installs it, and checks that texts made by
// real code of core, the checklist, the report and the CLI come out marked: only a text whose
// two contexts agree can.
#include "checklist/QuestionBank.h"
#include "checklist/SheetHtml.h"
#include "checklist/Tailoring.h"
#include "deid/DiscCopy.h"
#include "exposure/AttributeCatalogue.h"
#include "exposure/IdentityTokens.h"
#include "media/DiscSource.h"
#include "media/FileProblem.h"
#include "media/PlainWords.h"
#include "modules/ModuleLoader.h"
#include "pixels/PixelMessages.h"
#include "report/ExposureHtml.h"
#include "support/TestData.h"
#include "volume/FaceRegion.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <gtest/gtest.h>

#include <memory>

using namespace scanshield;

namespace {

const QString kMarker = QStringLiteral("§");


// A free function called tr: lupdate cannot know the context it passes on.
const QRegularExpression kFreeTrFunction(QStringLiteral(R"(\bQString\s+tr\s*\()"));

struct RunResult {
    int exitCode = -1;
    QString output; // stdout and stderr together
};

RunResult run(const QString& program, const QStringList& arguments, const QString& workingFolder = {},
              const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(workingFolder);
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    RunResult result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        result.output = QStringLiteral("%1 did not finish: %2").arg(program, process.errorString());
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = QString::fromUtf8(process.readAll());
    return result;
}

// The .ts lupdate wrote, with every text translated as "§" + its English (all plural forms
// too) and nothing left unfinished.
QByteArray markEveryText(const QByteArray& ts)
{
    QXmlStreamReader in(ts);
    QByteArray marked;
    QXmlStreamWriter out(&marked);
    QString source;
    bool numerus = false;
    while (!in.atEnd()) {
        in.readNext();
        if (in.isStartElement() && in.name() == QLatin1String("message"))
            numerus = in.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        if (in.isStartElement() && in.name() == QLatin1String("source")) {
            source = in.readElementText();
            out.writeTextElement(QStringLiteral("source"), source);
            continue;
        }
        if (in.isStartElement() && in.name() == QLatin1String("translation")) {
            int forms = 0;
            while (!(in.isEndElement() && in.name() == QLatin1String("translation")) && !in.atEnd()) {
                in.readNext();
                if (in.isStartElement() && in.name() == QLatin1String("numerusform"))
                    ++forms;
            }
            out.writeStartElement(QStringLiteral("translation"));
            if (numerus) {
                for (int i = 0; i < forms; ++i)
                    out.writeTextElement(QStringLiteral("numerusform"), kMarker + source);
            } else {
                out.writeCharacters(kMarker + source);
            }
            out.writeEndElement();
            continue;
        }
        out.writeCurrentToken(in);
    }
    EXPECT_FALSE(in.hasError()) << in.errorString().toStdString();
    return marked;
}

// lupdate on the sources, once for all tests: its messages, and the marked translation as a
// .qm file (German, so plural forms are those of a real language).
class TranslationContexts : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        if (!QFileInfo(QStringLiteral(SCANSHIELD_LUPDATE)).isExecutable() ||
            !QFileInfo(QStringLiteral(SCANSHIELD_LRELEASE)).isExecutable())
            return;
        s_folder = std::make_unique<QTemporaryDir>();
        const QString ts = s_folder->filePath(QStringLiteral("scanshield_de.ts"));
        // The same list and options as scripts/update-translations.sh.
        const RunResult lupdate = run(QStringLiteral(SCANSHIELD_LUPDATE),
                                      {QStringLiteral("@translations/lupdate-sources.lst"), QStringLiteral("-extensions"),
                                       QStringLiteral("cpp,h"), QStringLiteral("-locations"), QStringLiteral("none"),
                                       QStringLiteral("-no-obsolete"), QStringLiteral("-ts"), ts},
                                      QStringLiteral(SCANSHIELD_SOURCE_DIR));
        s_lupdateOutput = lupdate.output;
        if (lupdate.exitCode != 0)
            return;
        QFile file(ts);
        if (!file.open(QIODevice::ReadOnly))
            return;
        const QByteArray marked = markEveryText(file.readAll());
        file.close();
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(marked) != marked.size())
            return;
        file.close();
        s_qm = s_folder->filePath(QStringLiteral("scanshield_de.qm"));
        const RunResult lrelease = run(QStringLiteral(SCANSHIELD_LRELEASE), {ts, QStringLiteral("-qm"), s_qm});
        s_lupdateOutput += lrelease.output;
        if (lrelease.exitCode != 0)
            s_qm.clear();
    }

    static void TearDownTestSuite() { s_folder.reset(); }

    void SetUp() override
    {
        if (!QFileInfo(QStringLiteral(SCANSHIELD_LUPDATE)).isExecutable())
            GTEST_SKIP() << "skipped: lupdate is not at " << SCANSHIELD_LUPDATE << " (Debian package qt6-l10n-tools)";
        ASSERT_FALSE(s_qm.isEmpty()) << "lupdate or lrelease failed:\n" << s_lupdateOutput.toStdString();
        ASSERT_TRUE(m_translator.load(s_qm));
        QCoreApplication::installTranslator(&m_translator);
    }

    void TearDown() override { QCoreApplication::removeTranslator(&m_translator); }

    static std::unique_ptr<QTemporaryDir> s_folder;
    static QString s_qm;
    static QString s_lupdateOutput;
    QTranslator m_translator;
};

std::unique_ptr<QTemporaryDir> TranslationContexts::s_folder;
QString TranslationContexts::s_qm;
QString TranslationContexts::s_lupdateOutput;

::testing::AssertionResult isMarked(const QString& text)
{
    if (text.startsWith(kMarker))
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "not translated: \"" << text.toStdString() << "\"";
}

} // namespace

TEST_F(TranslationContexts, LupdateUnderstandsEveryTextItFinds)
{
    // Each warning names a file and a line: "core/x.cpp:12: Class 'scanshield::x' lacks
    // Q_OBJECT macro" is a tr() lupdate filed under a namespace, which no program asks for.
    const QRegularExpression warning(QStringLiteral(R"(^(/\S+?):(\d+): (.*)$)"), QRegularExpression::MultilineOption);
    QStringList problems;
    for (auto it = warning.globalMatch(s_lupdateOutput); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString file = QDir(QStringLiteral(SCANSHIELD_SOURCE_DIR)).relativeFilePath(match.captured(1));
        problems << file + QLatin1Char(':') + match.captured(2) + QStringLiteral(": ") + match.captured(3);
    }
    EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();

    // And no free function called tr anywhere: lupdate cannot know the context it passes on.
    QStringList freeTr;
    const QDir root(QStringLiteral(SCANSHIELD_SOURCE_DIR));
    for (const char* folder : {"core", "app", "report", "viewer", "checklist", "ui", "modules"}) {
        QDirIterator it(root.filePath(QString::fromLatin1(folder)), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile source(it.next());
            if (source.open(QIODevice::ReadOnly) && QString::fromUtf8(source.readAll()).contains(kFreeTrFunction))
                freeTr << root.relativeFilePath(source.fileName());
        }
    }
    EXPECT_TRUE(freeTr.isEmpty()) << freeTr.join(QLatin1Char('\n')).toStdString();

}

TEST_F(TranslationContexts, CoreTextsAreTranslated)
{
    EXPECT_TRUE(isMarked(media::problemKindSentence(media::ProblemKind::Empty)));
    EXPECT_TRUE(isMarked(media::modalityInWords(QStringLiteral("CT"))));
    EXPECT_TRUE(isMarked(pixels::messages::noSuchFrame(3, 2)));
    EXPECT_TRUE(isMarked(volume::faceLandmarkName(volume::FaceLandmarkKind::NoseTip)));

    QString error;
    EXPECT_EQ(modules::resolveModuleSymbol(QStringLiteral("scanshield_no_such_module"), "nothing", &error), nullptr);
    EXPECT_TRUE(isMarked(error));

    // The safe copy refuses a folder that already holds files, in words from DiscCopier.
    const QString disc = test::makeTempDir();
    const QString output = test::makeTempDir();
    QFile occupied(QDir(output).filePath(QStringLiteral("something.txt")));
    ASSERT_TRUE(occupied.open(QIODevice::WriteOnly));
    occupied.close();
    std::unique_ptr<media::DiscSource> source = media::openDiscSource(disc, error);
    ASSERT_TRUE(source) << error.toStdString();
    const exposure::AttributeCatalogue& catalogue = exposure::AttributeCatalogue::embedded();
    const deid::CopyResult copy = deid::DiscCopier(catalogue, deid::DeidOptions::patientDefault())
                                      .copy(media::DiscIndex{}, *source, output, exposure::IdentityTokens::fromIndex(media::DiscIndex{}));
    EXPECT_TRUE(isMarked(copy.error));
}

TEST_F(TranslationContexts, EveryTextOfTheAttributeCatalogueIsTranslated)
{
    // Also proves translations/attribute_catalogue_strings.cpp lists the catalogue as it is.
    const exposure::AttributeCatalogue& catalogue = exposure::AttributeCatalogue::embedded();
    ASSERT_TRUE(catalogue.isValid()) << catalogue.error().toStdString();
    int notTranslated = 0;
    for (const exposure::AttributeInfo& info : catalogue.entries()) {
        if (!isMarked(info.plainName()) || !isMarked(info.explanation())) {
            if (++notTranslated <= 5)
                ADD_FAILURE() << info.id.toStdString() << ": " << info.plainNameSource.toStdString();
        }
    }
    EXPECT_EQ(notTranslated, 0) << "run scripts/update-translations.sh";
    for (const exposure::Category category : exposure::kAllCategories) {
        EXPECT_TRUE(isMarked(catalogue.categoryTitle(category)));
        EXPECT_TRUE(isMarked(catalogue.categoryExplanation(category)));
    }
    EXPECT_TRUE(isMarked(catalogue.safeHarborDescription(QStringLiteral("names"))));
}

TEST_F(TranslationContexts, ChecklistAndReportTextsAreTranslated)
{
    const checklist::QuestionBank bank = checklist::QuestionBank::embedded();
    ASSERT_TRUE(bank.isValid()) << bank.error().toStdString();
    checklist::DiscConcerns concerns;
    concerns.face = true;
    concerns.faceScan = QStringLiteral("CT");
    const QList<checklist::AskedArea> areas = checklist::tailoredAreas(bank, concerns);
    ASSERT_FALSE(areas.isEmpty());
    EXPECT_TRUE(isMarked(areas.first().title));
    ASSERT_FALSE(areas.first().questions.isEmpty());
    EXPECT_TRUE(isMarked(areas.first().questions.first().becauseOfYourDisc));
    for (const checklist::AskedArea& area : areas)
        for (const checklist::AskedQuestion& asked : area.questions)
            EXPECT_TRUE(isMarked(asked.question.text)) << "the question bank, through its generated list";
    EXPECT_TRUE(isMarked(checklist::questionSheetTitle()));
    EXPECT_TRUE(isMarked(report::exposureReportTitle()));
}

TEST_F(TranslationContexts, TheCliSpeaksTheSystemLanguage)
{
    // The CLI embeds its own translations; SCANSHIELD_TRANSLATIONS_DIR puts the marked German
    // one before them, and LANGUAGE makes German the system's language.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SCANSHIELD_TRANSLATIONS_DIR"), s_folder->path());
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
    const RunResult unknown = run(QStringLiteral(SCANSHIELD_CLI_PATH), {QStringLiteral("no-such-command")}, {}, environment);
    EXPECT_EQ(unknown.exitCode, 64);
    EXPECT_TRUE(isMarked(unknown.output)) << "cli context, from main.cpp";
    EXPECT_TRUE(unknown.output.contains(kMarker + QStringLiteral("Usage: scanshield-cli COMMAND")));

    const RunResult scan = run(QStringLiteral(SCANSHIELD_CLI_PATH), {QStringLiteral("scan"), QStringLiteral("/no/such/disc")}, {},
                               environment);
    EXPECT_EQ(scan.exitCode, 2);
    EXPECT_TRUE(isMarked(scan.output)) << "DiscSource context, from core";

    // The help: ScanShield's words, and Qt's own (QCommandLineParser's) from Qt's translations.
    const RunResult help = run(QStringLiteral(SCANSHIELD_CLI_PATH), {QStringLiteral("scan"), QStringLiteral("--help")}, {},
                               environment);
    EXPECT_TRUE(help.output.contains(kMarker + QStringLiteral("List what is on a disc"))) << help.output.toStdString();
    if (QFileInfo::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm"))) {
        EXPECT_TRUE(help.output.contains(QStringLiteral("Zeigt Hilfe zu den Kommandozeilenoptionen an."))) << help.output.toStdString();
    }

    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    const RunResult english = run(QStringLiteral(SCANSHIELD_CLI_PATH), {QStringLiteral("no-such-command")}, {}, environment);
    EXPECT_TRUE(english.output.startsWith(QStringLiteral("Unknown command: no-such-command"))) << english.output.toStdString();
}

TEST(ShippedTranslations, TheCliSpeaksGermanOnAGermanSystem)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("SCANSHIELD_TRANSLATIONS_DIR"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
    const RunResult unknown = run(QStringLiteral(SCANSHIELD_CLI_PATH), {QStringLiteral("no-such-command")}, {}, environment);
    EXPECT_EQ(unknown.exitCode, 64);
    EXPECT_TRUE(unknown.output.startsWith(QStringLiteral("Unbekannter Befehl: no-such-command"))) << unknown.output.toStdString();
}
