window.analyticsRuns = (window.analyticsRuns || 0) + 1;
