//! A write transaction that prepares each statement once per connection: an unprepared
//! `execute` costs Postgres an extra round trip (parse, then bind), and a batch runs the same
//! few statements thousands of times.

use crate::Result;
use postgres::types::ToSql;
use postgres::{Client, Row, Statement, Transaction};
use std::collections::HashMap;

/// Statements prepared on one connection, by their SQL.
pub type Cache = HashMap<&'static str, Statement>;

/// A connection and its prepared statements.
pub struct Conn {
    /// The connection.
    pub client: Client,
    /// Its prepared statements.
    pub cache: Cache,
}

/// Query parameters.
pub type Params<'p> = &'p [&'p (dyn ToSql + Sync)];

/// A transaction with a statement cache.
pub struct Tx<'a> {
    tx: Transaction<'a>,
    cache: &'a mut Cache,
}

impl<'a> Tx<'a> {
    /// Begins a transaction on `conn`.
    pub fn begin(conn: &'a mut Conn) -> Result<Tx<'a>> {
        Ok(Tx {
            tx: conn.client.transaction()?,
            cache: &mut conn.cache,
        })
    }

    fn statement(&mut self, sql: &'static str) -> Result<Statement> {
        if let Some(s) = self.cache.get(sql) {
            return Ok(s.clone());
        }
        let s = self.tx.prepare(sql)?;
        self.cache.insert(sql, s.clone());
        Ok(s)
    }

    /// Runs a statement; the number of rows changed.
    pub fn execute(&mut self, sql: &'static str, params: Params<'_>) -> Result<u64> {
        let s = self.statement(sql)?;
        Ok(self.tx.execute(&s, params)?)
    }

    /// Runs a query; its rows.
    pub fn query(&mut self, sql: &'static str, params: Params<'_>) -> Result<Vec<Row>> {
        let s = self.statement(sql)?;
        Ok(self.tx.query(&s, params)?)
    }

    /// Runs a query that returns exactly one row.
    pub fn query_one(&mut self, sql: &'static str, params: Params<'_>) -> Result<Row> {
        let s = self.statement(sql)?;
        Ok(self.tx.query_one(&s, params)?)
    }

    /// Runs a query that returns at most one row.
    pub fn query_opt(&mut self, sql: &'static str, params: Params<'_>) -> Result<Option<Row>> {
        let s = self.statement(sql)?;
        Ok(self.tx.query_opt(&s, params)?)
    }

    /// Commits.
    pub fn commit(self) -> Result<()> {
        Ok(self.tx.commit()?)
    }
}
