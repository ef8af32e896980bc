// main() for the translation tests: translators are installed on a QCoreApplication, so one
// must exist before the tests run. No windows, no Qt Gui.
#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
