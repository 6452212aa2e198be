-- Wrong staff passwords no longer lock the account for everyone: they suspend the username from
-- the address they come from, a count kept in memory (LoginThrottle). The account-wide count goes.
ALTER TABLE staff_account DROP COLUMN failed_logins;
ALTER TABLE staff_account DROP COLUMN locked_until;
