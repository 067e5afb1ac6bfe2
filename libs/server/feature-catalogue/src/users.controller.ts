import { Body, Controller, ConflictException, Get, Param, Patch, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { actorOf, AuthenticatedUser, CurrentUser, Roles } from '@ws/server-access';
import {
  createUser,
  listUsers,
  parseUserInput,
  setUserActive,
  UserView,
} from '@ws/server-catalogue-store';
import { FieldChecker } from '@ws/server-validation';
import { DataSource } from 'typeorm';

@ApiTags('administration')
@Roles('central_office')
@Controller('users')
export class UsersController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({ summary: 'Every user: email, role, agency, active.' })
  @ApiOkResponse({ description: 'Every user, by email' })
  list(): Promise<UserView[]> {
    return listUsers(this.dataSource.manager);
  }

  @Post()
  @ApiOperation({
    summary: 'Create a user {email, role, agency?}; the generated password is returned once.',
  })
  @ApiCreatedResponse({ description: 'The user and its password, shown once' })
  @ApiBadRequestResponse({
    description: 'A field breaks its rule, or the email already has an account',
  })
  create(
    @Body() body: unknown,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<{ user: UserView; password: string }> {
    const input = parseUserInput(body);
    return this.dataSource.transaction((manager) => createUser(manager, input, actorOf(user)));
  }

  @Patch(':email')
  @ApiOperation({
    summary:
      'Deactivate ({"active": false}) or reactivate ({"active": true}) a user. Deactivation ends its sessions at once (the next request with an old token is 401). Audited.',
  })
  @ApiParam({ name: 'email', example: 'manager@moi.gov.qa' })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['active'],
      properties: { active: { type: 'boolean' } },
      example: { active: false },
    },
  })
  @ApiOkResponse({ description: 'The user after the change' })
  @ApiBadRequestResponse({ description: 'active is not true or false' })
  @ApiNotFoundResponse({ description: 'No user with that email' })
  @ApiConflictResponse({
    description: 'Your own account: another central office user must deactivate it',
  })
  setActive(
    @Param('email') email: string,
    @Body() body: unknown,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<UserView> {
    const check = new FieldChecker(body);
    const active = check.boolean('active');
    check.done();
    const target = email.toLowerCase();
    if (!active && target === user.email)
      throw new ConflictException(
        'You cannot deactivate your own account; ask another central office user.',
      );
    return this.dataSource.transaction((manager) =>
      setUserActive(manager, target, active, actorOf(user)),
    );
  }
}
