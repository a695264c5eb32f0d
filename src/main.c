/* main.c — placeholder until the CLI lands */
#include <stdio.h>
#include "residency.h"
int main(void)
{
	puts("residency " RSD_VERSION);
	return 0;
}
