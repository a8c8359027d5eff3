# --baseline: adopting clauselint on a repository with findings; its json report saved outside the repository as the baseline, the next run reports none of them, exits 0 and says how many the baseline held back.
formats_repository
