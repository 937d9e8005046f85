"""The app's look: large, high-contrast, readable from a step back."""

STYLE = """
QWidget { font-size: 11pt; }
#nav { background: #1d3557; border: none; padding-top: 12px; spacing: 4px; }
#nav QToolButton { color: #e8eef6; font-size: 13pt; padding: 12px 22px; min-width: 130px;
                   border: none; text-align: left; }
#nav QToolButton:hover { background: #2b4a75; }
#nav QToolButton:checked { background: #f1faee; color: #1d3557; font-weight: bold; }
#header { background: #f1faee; border-bottom: 1px solid #c9d6df; }
#banner { background: #fff3cd; border-bottom: 1px solid #e0b84c; }
#bannerText { color: #5c4400; font-weight: bold; }
#eventTitle { font-size: 15pt; font-weight: bold; color: #1d3557; }
#pageTitle { font-size: 20pt; font-weight: bold; color: #1d3557; }
#comingSoon { font-size: 13pt; color: #555; }
QStatusBar { background: #e9eef2; }
#countsLabel { font-weight: bold; padding-right: 8px; }
#nav QToolButton:disabled { color: #7d8fa8; }
#welcomeCard { background: white; border: 1px solid #c9d6df; border-radius: 8px; }
#welcomeTitle { font-size: 20pt; font-weight: bold; color: #1d3557; }
#welcomeCreate { font-size: 13pt; font-weight: bold; padding: 10px 18px; color: white;
                 background: #1d6fb8; border: 1px solid #155a96; border-radius: 4px; }
#welcomeCreate:hover { background: #155a96; }
#welcomeCreate:disabled { background: #9db8d2; }
#welcomeDemo, #welcomeOpen { padding: 6px 14px; }
#welcomeBase { color: #555; }
"""
