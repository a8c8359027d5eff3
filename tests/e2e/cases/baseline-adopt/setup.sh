# --baseline: adopting clauselint on a repository with findings; its json report saved outside the repository as the baseline, the next run reports none of them but the approval finding (no baseline holds back what judges an approval), and says how many the baseline held back.
formats_repository
