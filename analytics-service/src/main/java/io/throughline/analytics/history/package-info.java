/** A client's, a coach's or the organisation's figures over time (METRICS.md, Trends) and the sessions behind them. */
package io.throughline.analytics.history;
