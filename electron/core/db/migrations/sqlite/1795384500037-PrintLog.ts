import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PrintLog1795384500037 implements MigrationInterface {
  name = 'PrintLog1795384500037';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "print_counters" ("doc_type" varchar(32) NOT NULL, "doc_key" varchar(100) NOT NULL, "prints" integer NOT NULL DEFAULT (0), "last_printed_at" varchar(32), PRIMARY KEY ("doc_type", "doc_key"))',
    );
    await queryRunner.query(
      'CREATE TABLE "print_log" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "doc_type" varchar(32) NOT NULL, "doc_key" varchar(100) NOT NULL, "doc_no" varchar(64), "copy_no" integer NOT NULL, "output" varchar(10) NOT NULL, "printed_by" integer NOT NULL, "printed_by_name" varchar(50) NOT NULL, "printed_at" varchar(32) NOT NULL, CONSTRAINT "uq_print_log_copy" UNIQUE ("doc_type", "doc_key", "copy_no"))',
    );
    await queryRunner.query('CREATE INDEX "ix_print_log_at" ON "print_log" ("printed_at") ');
    await queryRunner.query('DROP INDEX "ix_print_log_at"');
    await queryRunner.query(
      'CREATE TABLE "temporary_print_log" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "doc_type" varchar(32) NOT NULL, "doc_key" varchar(100) NOT NULL, "doc_no" varchar(64), "copy_no" integer NOT NULL, "output" varchar(10) NOT NULL, "printed_by" integer NOT NULL, "printed_by_name" varchar(50) NOT NULL, "printed_at" varchar(32) NOT NULL, CONSTRAINT "uq_print_log_copy" UNIQUE ("doc_type", "doc_key", "copy_no"), CONSTRAINT "fk_print_log_printed_by" FOREIGN KEY ("printed_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_print_log"("id", "doc_type", "doc_key", "doc_no", "copy_no", "output", "printed_by", "printed_by_name", "printed_at") SELECT "id", "doc_type", "doc_key", "doc_no", "copy_no", "output", "printed_by", "printed_by_name", "printed_at" FROM "print_log"',
    );
    await queryRunner.query('DROP TABLE "print_log"');
    await queryRunner.query('ALTER TABLE "temporary_print_log" RENAME TO "print_log"');
    await queryRunner.query('CREATE INDEX "ix_print_log_at" ON "print_log" ("printed_at") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_print_log_at"');
    await queryRunner.query('ALTER TABLE "print_log" RENAME TO "temporary_print_log"');
    await queryRunner.query(
      'CREATE TABLE "print_log" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "doc_type" varchar(32) NOT NULL, "doc_key" varchar(100) NOT NULL, "doc_no" varchar(64), "copy_no" integer NOT NULL, "output" varchar(10) NOT NULL, "printed_by" integer NOT NULL, "printed_by_name" varchar(50) NOT NULL, "printed_at" varchar(32) NOT NULL, CONSTRAINT "uq_print_log_copy" UNIQUE ("doc_type", "doc_key", "copy_no"))',
    );
    await queryRunner.query(
      'INSERT INTO "print_log"("id", "doc_type", "doc_key", "doc_no", "copy_no", "output", "printed_by", "printed_by_name", "printed_at") SELECT "id", "doc_type", "doc_key", "doc_no", "copy_no", "output", "printed_by", "printed_by_name", "printed_at" FROM "temporary_print_log"',
    );
    await queryRunner.query('DROP TABLE "temporary_print_log"');
    await queryRunner.query('CREATE INDEX "ix_print_log_at" ON "print_log" ("printed_at") ');
    await queryRunner.query('DROP INDEX "ix_print_log_at"');
    await queryRunner.query('DROP TABLE "print_log"');
    await queryRunner.query('DROP TABLE "print_counters"');
  }
}
